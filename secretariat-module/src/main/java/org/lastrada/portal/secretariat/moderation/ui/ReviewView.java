package org.lastrada.portal.secretariat.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.lastrada.portal.shared.posts.PostSource;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;
import org.lastrada.portal.secretariat.moderation.Moderation;
import org.lastrada.portal.secretariat.moderation.ModerationQueue.Kind;
import org.lastrada.portal.shared.content.MarkdownRenderer;
import org.lastrada.portal.shared.content.MediaAddresses;
import org.lastrada.portal.shared.media.MediaImage;
import org.lastrada.portal.shared.media.MediaLibrary;
import org.lastrada.portal.shared.content.ProfileHtml;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.workflow.ModerationEvent;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.lastrada.portal.workspaceui.FieldErrors;
import org.lastrada.portal.workspaceui.IsoCodes;
import org.lastrada.portal.workspaceui.Notices;
import org.lastrada.portal.workspaceui.WordChanges;
import org.lastrada.portal.workspaceui.WorkspaceTexts;
import org.lastrada.portal.workspaceui.WorkspaceTime;
import org.springframework.security.access.AccessDeniedException;

/**
 * Reviewing one item: rendered as the public will see it, a field-by-field comparison with the live version
 * (changed words marked), its history, and the decision with the reason the author will read.
 */
@Route("workspace/moderation/:kind/:id")
@RolesAllowed({"MODERATOR", "ADMIN"})
class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Moderation moderation;
    private final MarkdownRenderer markdown;
    private final ProfileHtml profileHtml;

    final H2 title = new H2();
    final Paragraph about = new Paragraph();
    /** For a post from the member's own website: says so, and links the original there. */
    final Paragraph source = new Paragraph();
    final Div rendered = new Div();
    final WordChanges changes = new WordChanges();
    final VerticalLayout history = new VerticalLayout();
    final TextArea comment = new TextArea(getTranslation("workspace.moderation.review.comment"));
    final HorizontalLayout decisions = new HorizontalLayout();
    final Paragraph outcome = new Paragraph();
    final H3 decisionHeading = new H3(getTranslation("workspace.moderation.review.decision"));
    final TextField takeDownReason = new TextField(getTranslation("workspace.moderation.review.take-down.reason"));
    final Button takeDown = new Button(getTranslation("workspace.moderation.review.take-down"), click -> takeDown());
    final HorizontalLayout takeDownForm = new HorizontalLayout(takeDownReason, takeDown);
    final TranslationGroupPanel translations = new TranslationGroupPanel();
    private Moderation.Review review;

    private final MediaLibrary media;

    ReviewView(Moderation moderation, MarkdownRenderer markdown, ProfileHtml profileHtml, MediaLibrary media) {
        this.media = media;
        this.moderation = moderation;
        this.markdown = markdown;
        this.profileHtml = profileHtml;
        setMaxWidth("75rem");
        comment.setWidthFull();
        comment.setHelperText(getTranslation("workspace.moderation.review.comment.helper"));
        rendered.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0 var(--lumo-space-m)").set("width", "100%");
        decisions.add(decision("workspace.moderation.review.approve", WorkflowAction.APPROVE, ButtonVariant.LUMO_SUCCESS),
                decision("workspace.moderation.review.request-changes", WorkflowAction.REQUEST_CHANGES, ButtonVariant.LUMO_CONTRAST),
                decision("workspace.moderation.review.reject", WorkflowAction.REJECT, ButtonVariant.LUMO_ERROR));
        takeDownReason.setWidth("32rem");
        takeDownReason.setHelperText(getTranslation("workspace.moderation.review.take-down.reason.helper"));
        takeDown.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        takeDownForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(title, about, new H3(getTranslation("workspace.moderation.review.changes")), changes,
                new H3(getTranslation("workspace.moderation.review.rendered")), rendered,
                decisionHeading, comment, decisions, takeDownForm, outcome, new H3(getTranslation("workspace.common.history")), history);
        addComponentAtIndex(2, source);
        addComponentAtIndex(3, translations);
    }

    private void showSource(PostSource postSource) {
        source.removeAll();
        source.setVisible(postSource != null);
        if (postSource != null) {
            Anchor original = new Anchor(postSource.getUrl(), getTranslation("federation.review.original"));
            original.setTarget("_blank");
            original.getElement().setAttribute("rel", "noopener noreferrer");
            source.add(new Span(getTranslation("federation.review.from-website") + " · "), original,
                    new Span(" (" + postSource.getSite() + ")"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.page-title", getTranslation("workspace.moderation.review.heading"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            Kind kind = Kind.fromPath(event.getRouteParameters().get("kind").orElse(""));
            Long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(moderation.review(kind, id));
        } catch (IllegalArgumentException | InvalidInputException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("workspace.moderation.review.not-found"));
        }
    }

    private void show(Moderation.Review shown) {
        review = shown;
        outcome.setText("");
        comment.clear();
        comment.setInvalid(false);
        takeDownReason.clear();
        takeDownReason.setInvalid(false);
        boolean published = review.kind() == Kind.POST && review.post().getStatus() == PostStatus.PUBLISHED;
        decisionHeading.setText(getTranslation(published ? "workspace.moderation.review.take-down.heading"
                : "workspace.moderation.review.decision"));
        comment.setVisible(!published);
        decisions.setVisible(!published);
        takeDownForm.setVisible(published);
        switch (review.kind()) {
            case POST -> showPost(review.post().getContent(), null);
            case POST_REVISION -> showPost(review.postRevision().getContent(), review.post().getContent());
            case PROFILE_REVISION -> showProfile(review.profileRevision().proposedVersion(), review.profileRevision().liveVersion());
        }
        translations.show(review, moderation.translationGroup(review.kind(), review.id()));
        about.setText(getTranslation(published ? "workspace.moderation.review.about.published" : "workspace.moderation.review.about",
                getTranslation(review.kind().messageKey()), review.organisation().getName(), review.submitter()));
        showSource(review.post() == null ? null : review.post().getSource());
        history.removeAll();
        for (ModerationEvent event : review.history()) {
            history.add(new Paragraph(WorkspaceTexts.historyLine(event)));
        }
    }

    private void showPost(PostContent proposed, PostContent live) {
        title.setText(proposed.getTitle());
        // Images as the public will see them, at their workspace addresses: they are not public before approval.
        String featured = media.find(proposed.getFeaturedImage()).map(image -> image.asMarkdown() + "\n\n").orElse("");
        rendered.getElement().setProperty("innerHTML", "<h2>" + Entities.escape(proposed.getTitle()) + "</h2>"
                + (proposed.getSummary() == null ? "" : "<p><em>" + Entities.escape(proposed.getSummary()) + "</em></p>")
                + MediaAddresses.forWorkspace(markdown.toSafeHtml(featured + (proposed.getBody() == null ? "" : proposed.getBody()))));
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put(field("type"), new String[] {live == null ? null : getTranslation(live.getType().messageKey()),
                getTranslation(proposed.getType().messageKey())});
        fields.put(field("title"), new String[] {live == null ? null : live.getTitle(), proposed.getTitle()});
        fields.put(field("summary"), new String[] {live == null ? null : live.getSummary(), proposed.getSummary()});
        fields.put(field("text"), new String[] {live == null ? null : live.getBody(), proposed.getBody()});
        fields.put(field("language"), new String[] {live == null ? null : IsoCodes.languageName(live.getLanguage()),
                IsoCodes.languageName(proposed.getLanguage())});
        fields.put(field("tags"), new String[] {live == null ? null : String.join(", ", live.getTags()), String.join(", ", proposed.getTags())});
        fields.put(field("event"), new String[] {live == null ? null : event(live), event(proposed)});
        fields.put(getTranslation("media.editor.featured"), new String[] {live == null ? null : imageLabel(live.getFeaturedImage()),
                imageLabel(proposed.getFeaturedImage())});
        showChanges(fields, live != null);
    }

    private String imageLabel(String key) {
        return key == null ? "" : media.find(key).map(MediaImage::label).orElse(key);
    }

    private void showProfile(OrganisationProfile proposed, OrganisationProfile live) {
        title.setText(getTranslation("workspace.moderation.review.profile-title", live.getName()));
        rendered.getElement().setProperty("innerHTML", profileHtml.render(proposed, review.organisation().getCountryCode(), null, getLocale()));
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put(field("name"), new String[] {live.getName(), proposed.getName()});
        fields.put(field("city"), new String[] {live.getCity(), proposed.getCity()});
        fields.put(field("short-description"), new String[] {live.getShortDescription(), proposed.getShortDescription()});
        fields.put(field("long-description"), new String[] {live.getLongDescription(), proposed.getLongDescription()});
        fields.put(field("website"), new String[] {live.getWebsite(), proposed.getWebsite()});
        fields.put(field("public-email"), new String[] {live.getPublicEmail(), proposed.getPublicEmail()});
        fields.put(field("phone"), new String[] {live.getPhone(), proposed.getPhone()});
        fields.put(field("helpline"), new String[] {live.getHelpline(), proposed.getHelpline()});
        fields.put(field("services"), new String[] {services(live), services(proposed)});
        fields.put(field("target-groups"), new String[] {String.join(", ", live.getTargetGroups()),
                String.join(", ", proposed.getTargetGroups())});
        fields.put(field("languages"), new String[] {languages(live), languages(proposed)});
        String currentLogo = getTranslation(live.getLogo() == null ? "workspace.moderation.review.logo.none"
                : "workspace.moderation.review.logo.current");
        fields.put(field("logo"), new String[] {currentLogo, Objects.equals(live.getLogo(), proposed.getLogo()) ? currentLogo
                : getTranslation("workspace.moderation.review.logo.new")});
        showChanges(fields, true);
    }

    /** A table of the fields that differ, changed words marked; unchanged fields are listed by name only. */
    private void showChanges(Map<String, String[]> fields, boolean comparedWithLive) {
        if (comparedWithLive) {
            changes.show(fields);
        } else {
            changes.say(getTranslation("workspace.moderation.review.new-post"));
        }
    }

    private Button decision(String textKey, WorkflowAction action, ButtonVariant variant) {
        Button button = new Button(getTranslation(textKey), click -> decide(action));
        button.addThemeVariants(variant, ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private void decide(WorkflowAction action) {
        comment.setInvalid(false);
        try {
            moderation.decide(review.kind(), review.id(), review.version(), action, comment.getValue());
            Notices.success(getTranslation("workspace.moderation.review.decided", getTranslation(action.messageKey())));
            getUI().ifPresent(ui -> ui.navigate("workspace/moderation"));
        } catch (InvalidInputException e) {
            FieldErrors.mark(comment, e.reason());
        } catch (Moderation.AlreadyDecidedException e) {
            showRefusal(e);
        }
    }

    private void showRefusal(Moderation.AlreadyDecidedException refusal) {
        outcome.setText(WorkspaceTexts.of(refusal.explain(WorkspaceTime::format)));
        outcome.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    private void takeDown() {
        takeDownReason.setInvalid(false);
        try {
            moderation.takeDown(review.id(), review.version(), takeDownReason.getValue());
            Notices.success(getTranslation("workspace.moderation.review.taken-down"));
            getUI().ifPresent(ui -> ui.navigate("workspace/moderation"));
        } catch (InvalidInputException e) {
            FieldErrors.mark(takeDownReason, e.reason());
        } catch (Moderation.AlreadyDecidedException e) {
            showRefusal(e);
        }
    }

    /** A field's name in the comparison table: the one the author's form gives it. */
    private String field(String name) {
        return getTranslation("workspace.moderation.review.field." + name);
    }

    /** "10 Dec 2026, 10:00 – 13:00, Warsaw, https://meet.example.org/x (Webinar)": when, where, the link to join, the kind. */
    private String event(PostContent content) {
        if (content.getEventStart() == null) {
            return "";
        }
        return WorkspaceTime.format(content.getEventStart())
                + (content.getEventEnd() == null ? "" : " – " + WorkspaceTime.format(content.getEventEnd()))
                + (content.getEventLocation() == null || content.getEventLocation().isBlank() ? "" : ", " + content.getEventLocation())
                + (content.getEventOnlineUrl() == null || content.getEventOnlineUrl().isBlank() ? "" : ", " + content.getEventOnlineUrl())
                + (content.getEventKind() == null ? "" : " (" + getTranslation(content.getEventKind().messageKey()) + ")");
    }

    private String services(OrganisationProfile profile) {
        return profile.getServices().stream().map(service -> getTranslation(service.messageKey())).collect(Collectors.joining(", "));
    }

    private static String languages(OrganisationProfile profile) {
        return profile.getLanguages().stream().map(IsoCodes::languageName).collect(Collectors.joining(", "));
    }
}
