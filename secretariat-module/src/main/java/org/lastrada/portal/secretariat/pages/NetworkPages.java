package org.lastrada.portal.secretariat.pages;

import java.time.Clock;
import java.util.List;
import org.lastrada.portal.shared.audit.AuditLog;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.pages.NetworkPage;
import org.lastrada.portal.shared.pages.NetworkPageRepository;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.lastrada.portal.shared.validation.EntityValidator;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editing the network pages: moderators and administrators of the secretariat. */
@Service
public class NetworkPages {

    private final NetworkPageRepository pages;
    private final EntityValidator validator;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final Clock clock;

    NetworkPages(NetworkPageRepository pages, EntityValidator validator, CurrentActor currentActor, AuditLog auditLog,
                              Clock clock) {
        this.pages = pages;
        this.validator = validator;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** All pages in navigation order; their content is public. */
    @Transactional(readOnly = true)
    public List<NetworkPage> list() {
        return pages.findAllByOrderByPositionAscTitleAsc();
    }

    @Transactional
    public NetworkPage edit(String slug, String title, String body, int position) {
        Actor actor = requireSecretariat();
        NetworkPage page = pages.findBySlug(slug).orElseThrow(() -> new InvalidInputException("slug", Message.of("workspace.refusal.no-such-page")));
        String before = page.getTitle();
        page.edit(title, body, position, clock.instant());
        validator.check(page);
        auditLog.record(actor, "page.edit", "page", slug, null, before.equals(title) ? title : before + " -> " + title);
        return page;
    }

    @Transactional
    public NetworkPage create(String slug, String title, String body, int position) {
        Actor actor = requireSecretariat();
        NetworkPage page = new NetworkPage(slug, title, body, position, clock.instant());
        validator.check(page);
        if (pages.findBySlug(slug).isPresent()) {
            throw new InvalidInputException("slug", Message.of("workspace.refusal.page.slug-taken", slug));
        }
        NetworkPage saved = pages.save(page);
        auditLog.record(actor, "page.create", "page", slug, null, title);
        return saved;
    }

    private Actor requireSecretariat() {
        Actor actor = currentActor.require();
        if (!actor.isSecretariat()) {
            throw new AccessDeniedException(actor.username() + " may not edit the network pages.");
        }
        return actor;
    }
}
