package org.lastrada.portal.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.lastrada.portal.shared.accounts.AccountService;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.OrganisationService;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.lastrada.portal.shared.uploads.UploadStore;
import org.lastrada.portal.workspaceui.WorkspaceTime;

/**
 * The workspace frame: a side menu built from the views' {@code @Menu} entries that the signed-in user may
 * open (feature views register themselves; this layout imports none), and a header with the organisation,
 * the user and sign-out.
 */
@Layout("/workspace")
@PermitAll
public final class MainLayout extends AppLayout {

    public MainLayout(CurrentActor currentActor, OrganisationService organisations, AccountService accounts, UploadStore uploads,
                      AuthenticationContext authentication, WorkspaceMenu menu) {
        Actor actor = currentActor.require();
        // Every time the workspace shows or takes is in the person's own zone. Their language is in the session already
        // (WorkspaceLanguage): this layout is built after the first view, which is written in it too.
        WorkspaceTime.useZone(accounts.ownTimeZone());
        Optional<MemberOrganisation> organisation = actor.organisationId() == null ? Optional.empty()
                : organisations.find(actor.organisationId());
        String organisationName = organisation.map(MemberOrganisation::getName)
                .orElseGet(() -> getTranslation("workspace.layout.secretariat"));
        Optional<byte[]> logo = organisation.map(o -> o.getProfile().getLogo()).flatMap(uploads::readLogo);

        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle());
        logo.ifPresent(png -> {
            Image image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(png),
                    "logo.png", "image/png", png.length)), getTranslation("workspace.common.logo-of", organisationName));
            image.setHeight("32px");
            addToNavbar(image);
        });
        addToNavbar(header(organisationName, actor.displayName(), authentication));
        Span brand = new Span(getTranslation("workspace.layout.brand"));
        brand.getStyle().set("font-weight", "600").set("padding", "var(--lumo-space-m)").set("display", "block");
        Span user = new Span(getTranslation("workspace.layout.signed-in-as", actor.displayName()));
        user.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout footer = new VerticalLayout(user, new Anchor("/", getTranslation("workspace.layout.public-site")));
        footer.setSpacing(false);
        addToDrawer(brand, new Scroller(menu(menu)), footer);
    }

    /** The views' {@code @Menu} titles are keys of the bundles ("workspace.menu.posts"), read in the person's language. */
    private SideNav menu(WorkspaceMenu menu) {
        SideNav nav = new SideNav();
        nav.getStyle().set("margin", "0 var(--lumo-space-s)");
        for (MenuEntry entry : menu.entries()) {
            String title = getTranslation(entry.title());
            SideNavItem item = entry.icon() == null ? new SideNavItem(title, entry.path())
                    : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
            nav.addItem(item);
        }
        return nav;
    }

    private Component header(String organisationName, String userName, AuthenticationContext authentication) {
        Span organisation = new Span(organisationName);
        organisation.getStyle().set("font-weight", "600").set("overflow", "hidden").set("text-overflow", "ellipsis")
                .set("white-space", "nowrap");
        Span user = new Span(userName);
        user.getStyle().set("color", "var(--lumo-secondary-text-color)").set("overflow", "hidden").set("text-overflow", "ellipsis")
                .set("white-space", "nowrap").set("max-width", "30%");
        Button signOut = new Button(getTranslation("workspace.layout.sign-out"), new Icon(VaadinIcon.SIGN_OUT),
                click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(organisation, user, signOut);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(organisation);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)").set("min-width", "0");
        return bar;
    }
}
