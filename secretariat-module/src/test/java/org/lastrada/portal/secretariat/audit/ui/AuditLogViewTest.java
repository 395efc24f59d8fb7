package org.lastrada.portal.secretariat.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.secretariat.audit.AuditCsv;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.audit.AuditEvent;
import org.lastrada.portal.shared.audit.AuditLog;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.workspaceui.testing.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class AuditLogViewTest extends ViewTest {

    @Autowired AccountRepository accounts;
    @Autowired AuditCsv csv;
    @Autowired AuditLog auditLog;
    @Autowired TransactionTemplate transaction;

    @Test
    void adminFiltersTheLogAndDownloadsTheSameRowsAsCsv() {
        Actor editor = accounts.findByUsername("poland.editor").orElseThrow().asActor();
        transaction.executeWithoutResult(status -> {
            auditLog.record(editor, "post.create", "post", "helpline-figures", editor.organisationId(), "Helpline figures");
            auditLog.record(editor, "post.submit", "post", "helpline-figures", editor.organisationId(), "submitted");
            auditLog.record(editor, "profile.propose", "organisation", "la-strada-poland", editor.organisationId(), "revision 1");
        });
        login(accounts.findByUsername("admin").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/audit");
        AuditLogView view = _get(AuditLogView.class);
        view.action.setValue("post.");

        var rows = view.grid.getGenericDataView().getItems().toList();
        assertThat(rows).extracting(e -> e.getAction()).containsExactlyInAnyOrder("post.create", "post.submit");
        String exported = csv.export(view.filter());
        assertThat(exported).startsWith("time,actor,action,target_type,target,organisation_id,summary\r\n");
        assertThat(exported.lines().count() - 1).isEqualTo(rows.size());
        assertThat(exported).contains(rows.get(0).getAction());
    }

    @Test
    void moderatorsCannotOpenTheAuditLog() {
        login(accounts.findByUsername("moderator").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/audit");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isNotInstanceOf(AuditLogView.class);
        assertNavigationDenied();
    }
}
