package org.lastrada.portal.shared.organisations;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Only active organisations' live profiles are in the search index: suspending one takes it out, approving
 * a profile change re-indexes the live profile (pending revisions are other entities and never indexed).
 */
public class ActiveOrganisationRouting implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("status");
        context.bridge(MemberOrganisation.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<MemberOrganisation> {

        @Override
        public void route(DocumentRoutes routes, Object id, MemberOrganisation organisation, RoutingBridgeRouteContext context) {
            if (organisation.isActive()) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object id, MemberOrganisation organisation,
                                   RoutingBridgeRouteContext context) {
            routes.addRoute();
        }
    }
}
