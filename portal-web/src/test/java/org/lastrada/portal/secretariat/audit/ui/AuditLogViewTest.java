package org.lastrada.portal.secretariat.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.secretariat.audit.AuditCsv;
import org.lastrada.portal.shared.accounts.AccountRepository;
import org.lastrada.portal.shared.audit.AuditEvent;
import org.lastrada.portal.testing.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

class AuditLogViewTest extends ViewTest {

    @Autowired AccountRepository accounts;
    @Autowired AuditCsv csv;

    @Test
    void adminFiltersTheLogAndDownloadsTheSameRowsAsCsv() {
        login(accounts.findByUsername("admin").orElseThrow().asActor());
        UI.getCurrent().navigate("workspace/audit");
        AuditLogView view = _get(AuditLogView.class);
        view.action.setValue("post.");

        var rows = view.grid.getGenericDataView().getItems().toList();
        assertThat(rows).isNotEmpty().allMatch(e -> e.getAction().startsWith("post."));
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
    }
}
