package org.lastrada.portal.secretariat.pages;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lastrada.portal.shared.audit.AuditLog;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.pages.NetworkPage;
import org.lastrada.portal.shared.pages.NetworkPageRepository;
import org.lastrada.portal.shared.pages.NetworkPageTranslation;
import org.lastrada.portal.shared.pages.NetworkPageVersion;
import org.lastrada.portal.shared.pages.NetworkPageVersionRepository;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.lastrada.portal.shared.validation.EntityValidator;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing the network pages (and the home page's introduction) in English and in the network's other languages:
 * moderators and administrators of the secretariat. Every save is a numbered version of the page's text in its language,
 * kept with who saved it and when: a draft until published, when the public starts reading it (in a language the page has
 * no published translation into, the English page). Any two versions can be compared, and an old one restored as a new
 * draft. Saves of one page are one at a time (the page's row is locked), so version numbers never collide.
 */
@Service
public class NetworkPages {

    private final NetworkPageRepository pages;
    private final NetworkPageVersionRepository versions;
    private final EntityValidator validator;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final Clock clock;

    NetworkPages(NetworkPageRepository pages, NetworkPageVersionRepository versions, EntityValidator validator,
                 CurrentActor currentActor, AuditLog auditLog, Clock clock) {
        this.pages = pages;
        this.versions = versions;
        this.validator = validator;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * A page's versions in one language, newest first, and the number of the one the public reads in that language
     * (null when none: a page never published, or no translation published into the language).
     */
    public record History(NetworkPage page, String language, List<NetworkPageVersion> versions, Integer liveNumber) {

        /** The latest version when it was saved after the one the public reads and is not published: the draft. */
        public Optional<NetworkPageVersion> draft() {
            return versions.stream().findFirst().filter(latest -> !latest.wasPublished());
        }

        public Optional<NetworkPageVersion> version(int number) {
            return versions.stream().filter(v -> v.getNumber() == number).findFirst();
        }
    }

    /** All pages in navigation order, published or not; their published content is public. */
    @Transactional(readOnly = true)
    public List<NetworkPage> list() {
        return pages.findAllByOrderByPositionAscTitleAsc();
    }

    @Transactional(readOnly = true)
    public History history(String slug, String language) {
        requireSecretariat();
        String code = checked(language);
        NetworkPage page = pages.findWithTranslationsBySlug(slug).orElseThrow(NetworkPages::noSuchPage);
        List<NetworkPageVersion> saved = versions.findByPageIdAndLanguageOrderByNumberDesc(page.getId(), code);
        boolean live = code.equals(NetworkLanguage.ENGLISH.code()) ? page.isPublished() : page.translation(code).isPresent();
        Integer liveNumber = !live ? null : saved.stream().filter(NetworkPageVersion::wasPublished).findFirst()
                .map(NetworkPageVersion::getNumber).orElse(null);
        return new History(page, code, saved, liveNumber);
    }

    /** A new page, in English, as a draft: the public does not see it until it is published. */
    @Transactional
    public NetworkPage create(String slug, String title, String body, int position) {
        Actor actor = requireSecretariat();
        NetworkPage page = new NetworkPage(slug, title, body, position, clock.instant());
        validator.check(page);
        if (pages.findBySlug(slug).isPresent()) {
            throw new InvalidInputException("slug", Message.of("workspace.refusal.page.slug-taken", slug));
        }
        NetworkPage saved = pages.save(page);
        saveVersion(saved, NetworkLanguage.ENGLISH.code(), title, body, position, actor, null);
        auditLog.record(actor, "page.create", "page", slug, null, title);
        return saved;
    }

    /**
     * A new page, in English, published at once: created and published in one transaction, so a fault between the two
     * leaves no unpublished page behind that a second "publish" would find its address taken by.
     */
    @Transactional
    public NetworkPage createAndPublish(String slug, String title, String body, int position) {
        NetworkPage page = create(slug, title, body, position);
        publish(page.getSlug(), NetworkLanguage.ENGLISH.code(), title, body, position);
        return page;
    }

    /**
     * Saves the page's text in the language as a draft; the public keeps reading what was published. Saving the text of
     * the latest version again adds no version.
     */
    @Transactional
    public NetworkPageVersion saveDraft(String slug, String language, String title, String body, Integer position) {
        Actor actor = requireSecretariat();
        String code = checked(language);
        NetworkPage page = lockedPage(slug);
        NetworkPageVersion draft = saveVersion(page, code, title, body, position, actor, null);
        auditLog.record(actor, "page.draft", "page", slug, null, code + " #" + draft.getNumber() + ": " + draft.getTitle());
        return draft;
    }

    /** Saves the page's text in the language (unless it is the latest version's) and publishes it: the public reads it now. */
    @Transactional
    public NetworkPageVersion publish(String slug, String language, String title, String body, Integer position) {
        Actor actor = requireSecretariat();
        String code = checked(language);
        NetworkPage page = lockedPage(slug);
        NetworkPageVersion version = saveVersion(page, code, title, body, position, actor, null);
        boolean english = code.equals(NetworkLanguage.ENGLISH.code());
        if (version.wasPublished() && (english ? page.isPublished() : page.translation(code).isPresent())) {
            return version; // the latest version is the one the public reads already: nothing changes
        }
        Instant now = clock.instant();
        if (english) {
            page.publish(version.getTitle(), version.getBody(), version.getPosition(), now);
        } else {
            page.translate(code, version.getTitle(), version.getBody(), now);
        }
        validator.check(page);
        version.published(actor.username(), now);
        auditLog.record(actor, "page.publish", "page", slug, null, code + " #" + version.getNumber() + ": " + version.getTitle());
        return version;
    }

    /** Saves an old version's text as a new draft (the versions in between stay in the history). */
    @Transactional
    public NetworkPageVersion restore(String slug, String language, int number) {
        Actor actor = requireSecretariat();
        String code = checked(language);
        NetworkPage page = lockedPage(slug);
        NetworkPageVersion old = versions.findByPageIdAndLanguageAndNumber(page.getId(), code, number)
                .orElseThrow(() -> new InvalidInputException("version", Message.of("workspace.refusal.page-no-version", number)));
        NetworkPageVersion draft = saveVersion(page, code, old.getTitle(), old.getBody(), old.getPosition(), actor, number);
        auditLog.record(actor, "page.restore", "page", slug, null, code + " #" + number + " -> #" + draft.getNumber() + ": " + draft.getTitle());
        return draft;
    }

    /** Takes the page's translation into the language away: the public reads the English page in that language again. */
    @Transactional
    public NetworkPage removeTranslation(String slug, String language) {
        Actor actor = requireSecretariat();
        NetworkPage page = pages.findWithTranslationsBySlug(slug).orElseThrow(NetworkPages::noSuchPage);
        String title = page.translation(language).map(NetworkPageTranslation::getTitle)
                .orElseThrow(() -> new InvalidInputException("language", Message.of("workspace.refusal.page-no-translation", language)));
        page.removeTranslation(language, clock.instant());
        auditLog.record(actor, "page.remove_translation", "page", slug, null, language + ": " + title);
        return page;
    }

    /** The next version of the page in the language, or the latest when it holds this text already (and restores nothing). */
    private NetworkPageVersion saveVersion(NetworkPage page, String language, String title, String body, Integer position,
                                           Actor actor, Integer restoredFrom) {
        boolean english = language.equals(NetworkLanguage.ENGLISH.code());
        Integer at = !english ? null : position == null ? Integer.valueOf(page.getPosition()) : position;
        Optional<NetworkPageVersion> latest = versions.findFirstByPageIdAndLanguageOrderByNumberDesc(page.getId(), language);
        if (latest.isPresent() && latest.get().holds(title, body, at)) {
            return latest.get();
        }
        NetworkPageVersion version = new NetworkPageVersion(page, language, latest.map(v -> v.getNumber() + 1).orElse(1), title,
                body, at, actor.username(), clock.instant(), restoredFrom);
        validator.check(version);
        return versions.save(version);
    }

    private NetworkPage lockedPage(String slug) {
        return pages.findLockedBySlug(slug).orElseThrow(NetworkPages::noSuchPage);
    }

    /** "en" or another network language's code, as given; anything else is refused. */
    private static String checked(String language) {
        return NetworkLanguage.fromCode(language).map(NetworkLanguage::code).filter(code -> code.equals(language))
                .orElseThrow(() -> new InvalidInputException("language", Message.of("workspace.refusal.page-language", language)));
    }

    private static InvalidInputException noSuchPage() {
        return new InvalidInputException("slug", Message.of("workspace.refusal.no-such-page"));
    }

    private Actor requireSecretariat() {
        Actor actor = currentActor.require();
        if (!actor.isSecretariat()) {
            throw new AccessDeniedException(actor.username() + " may not edit the network pages.");
        }
        return actor;
    }
}
