package org.lastrada.portal.workspaceui.testing;

import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockInstantiator;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinHelper;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.SpringServlet;
import com.vaadin.flow.spring.SpringVaadinServletService;
import jakarta.servlet.ServletException;
import org.springframework.context.ApplicationContext;

/** A Vaadin servlet for Karibu-Testing whose views are Spring beans, so they get the real services injected. */
final class KaribuSpringServlet extends SpringServlet {

    private final ApplicationContext context;
    private final Routes routes;

    KaribuSpringServlet(ApplicationContext context, Routes routes) {
        super(context, false);
        this.context = context;
        this.routes = routes;
    }

    @Override
    protected DeploymentConfiguration createDeploymentConfiguration() throws ServletException {
        MockVaadinHelper.mockFlowBuildInfo(this);
        return super.createDeploymentConfiguration();
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        VaadinServletService service = new SpringVaadinServletService(this, configuration, context) {
            @Override
            protected boolean isAtmosphereAvailable() {
                return false;
            }

            @Override
            public String getMainDivId(VaadinSession session, VaadinRequest request) {
                return "ROOT-1";
            }

            @Override
            public Instantiator getInstantiator() {
                return MockInstantiator.create(super.getInstantiator());
            }
        };
        service.init();
        routes.register((VaadinServletContext) service.getContext());
        return service;
    }
}
