package org.lastrada.portal.workspaceui.testing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Base of the browserless view tests (Karibu-Testing) of every module: the module's own application context
 * (the {@code @SpringBootConfiguration} above the test's package: a feature module's test application, or
 * portal-web's {@code PortalApplication}), the routes on its class path, and a {@link #login} that signs an
 * actor in the way Spring Security does, so {@code @RolesAllowed} is enforced by Vaadin's navigation access control.
 * Profiles and properties are the module's: no profile here, so a module's view and service tests share one context.
 */
@SpringBootTest
public abstract class ViewTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new KaribuSpringServlet(context, ROUTES));
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /** Signs the actor in for the current UI, its HTTP request and the security context. */
    protected void login(Actor actor) {
        var principal = (CurrentActor.ActorSource) () -> actor;
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority(actor.role().authority())));
        SecurityContext securityContext = new SecurityContextImpl(authentication);
        SecurityContextHolder.setContext(securityContext);
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((user, role) -> actor.role().name().equals(role) || actor.role().authority().equals(role));
    }

    /**
     * Karibu's own discovery sees public classes only; feature views are package-private, so they are found
     * the way Vaadin's Spring integration finds them. Only what is on the class path is found: in a feature
     * module its own views, which render without portal-web's {@code @Layout}; in portal-web all of them, in it.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        Routes routes = new Routes().autoDiscoverViews("org.lastrada.portal");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (BeanDefinition view : scanner.findCandidateComponents("org.lastrada.portal")) {
            routes.getRoutes().add((Class<? extends Component>) ClassUtils.resolveClassName(view.getBeanClassName(), null));
        }
        return routes;
    }

    /**
     * Asserts that the last navigation was refused by Vaadin's navigation access control, that is by the view's
     * {@code @RolesAllowed}, before the view or any service ran: what renders is an error target caused by Vaadin's
     * {@link com.vaadin.flow.router.AccessDeniedException} (a service's refusal would be Spring Security's).
     */
    protected static void assertNavigationDenied() {
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).isInstanceOf(HasErrorParameter.class);
        // Karibu fails any lookup on an error target, with the error's text.
        assertThatThrownBy(() -> _find(Component.class))
                .hasMessageContaining("root cause '" + com.vaadin.flow.router.AccessDeniedException.class.getName() + "'");
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            if (VaadinServletRequest.getCurrent() != null) {
                FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
                request.setUserPrincipalInt(null);
                request.setUserInRole((user, role) -> false);
            }
        }
    }
}
