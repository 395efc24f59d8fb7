package org.lastrada.portal.members.profile.ui;

import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasValidation;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.profiles.ProfileRevision;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.workflow.TransitionTable;
import org.lastrada.portal.workspaceui.FieldErrors;
import org.lastrada.portal.workspaceui.Notices;
import org.lastrada.portal.workspaceui.WorkspaceTexts;
import org.springframework.dao.OptimisticLockingFailureException;

/** What the profile's two editors (the profile, its translations) do alike: sending a change, its state, their boxes. */
final class ProfileForms {

    private ProfileForms() {
    }

    /** "A change is submitted; the public still sees the live profile", with the moderator's comment if there is one. */
    static String pendingState(ProfileRevision open) {
        Message state = TransitionTable.stateName(open.getStatus());
        return open.getDecisionComment() == null ? WorkspaceTexts.of("workspace.profile.state.pending", state)
                : WorkspaceTexts.of("workspace.profile.state.pending.commented", state, open.getDecisionComment());
    }

    /**
     * Sends a change for review: on success says so and reads the form again; a refusal is shown on its fields, and
     * someone else's change saved first is a conflict offering to reload (nothing of the person's is saved then).
     */
    static void send(Runnable propose, String sent, Map<String, ? extends HasValidation> fields, Runnable reload) {
        FieldErrors.clear(fields);
        try {
            propose.run();
            Notices.success(sent);
            reload.run();
        } catch (ConstraintViolationException | InvalidInputException e) {
            FieldErrors.show(e, fields);
        } catch (OptimisticLockingFailureException e) {
            Notices.conflict(WorkspaceTexts.of("workspace.profile.conflict"), reload);
        }
    }

    /** "migrant workers, young people" as the sorted set the profile keeps. */
    static Set<String> commaSeparated(String value) {
        return Arrays.stream(value == null ? new String[0] : value.split(",")).map(String::strip).filter(v -> !v.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The outlined box a preview (or the English profile) is shown in. */
    static void outline(HasStyle box) {
        box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0 var(--lumo-space-m)");
    }
}
