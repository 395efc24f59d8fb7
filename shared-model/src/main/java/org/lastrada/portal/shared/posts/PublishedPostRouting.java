package org.lastrada.portal.shared.posts;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Only published posts are in the search index: approving puts a post in, archiving or taking it down takes
 * it out again. Whether its moment has come and its organisation is active is checked when searching.
 */
public class PublishedPostRouting implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("status");
        context.bridge(Post.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<Post> {

        @Override
        public void route(DocumentRoutes routes, Object id, Post post, RoutingBridgeRouteContext context) {
            if (post.getStatus() == PostStatus.PUBLISHED) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object id, Post post, RoutingBridgeRouteContext context) {
            routes.addRoute(); // one index without shards: wherever it was, it was here
        }
    }
}
