package org.lastrada.portal.workspace;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lastrada.portal.shared.security.CurrentActor;

/** Where sign-in lands: member staff go to their organisation, the secretariat to the moderation queue. */
@Route("workspace")
@PermitAll
public class WorkspaceHomeView extends Div implements BeforeEnterObserver {

    static final String MEMBER_HOME = "workspace/organisation";
    static final String SECRETARIAT_HOME = "workspace/moderation";

    private final CurrentActor currentActor;

    public WorkspaceHomeView(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(currentActor.require().isSecretariat() ? SECRETARIAT_HOME : MEMBER_HOME);
    }
}
