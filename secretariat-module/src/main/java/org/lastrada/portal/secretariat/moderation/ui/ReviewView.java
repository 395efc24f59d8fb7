package org.lastrada.portal.secretariat.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;
import org.lastrada.portal.secretariat.moderation.Moderation;
import org.lastrada.portal.secretariat.moderation.ModerationQueue.Kind;
import org.lastrada.portal.secretariat.moderation.WordDiff;
import org.lastrada.portal.shared.content.MarkdownRenderer;
import org.lastrada.portal.shared.content.ProfileHtml;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.organisations.ServiceArea;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.shared.workflow.ModerationEvent;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.lastrada.portal.workspaceui.FieldErrors;
import org.lastrada.portal.workspaceui.Notices;
import org.lastrada.portal.workspaceui.WorkspaceTime;
import org.springframework.security.access.AccessDeniedException;

/**
 * Reviewing one item: rendered as the public will see it, a field-by-field comparison with the live version
 * (changed words marked), its history, and the decision with the reason the author will read.
 */
@Route("workspace/moderation/:kind/:id")
@PageTitle("Review | LSI Network Portal")
@RolesAllowed({"MODERATOR", "ADMIN"})
class ReviewView extends VerticalLayout implements BeforeEnterObserver {

    private final Moderation moderation;
    private final MarkdownRenderer markdown;
    private final ProfileHtml profileHtml;

    final H2 title = new H2();
    final Paragraph about = new Paragraph();
    final Div rendered = new Div();
    final Div changes = new Div();
    final VerticalLayout history = new VerticalLayout();
    final TextArea comment = new TextArea("Comment for the author");
    final HorizontalLayout decisions = new HorizontalLayout();
    final Paragraph outcome = new Paragraph();
    final H3 decisionHeading = new H3("Decision");
    final TextField takeDownReason = new TextField("Reason for taking it down");
    final Button takeDown = new Button("Take down", click -> takeDown());
    final HorizontalLayout takeDownForm = new HorizontalLayout(takeDownReason, takeDown);
    final TranslationGroupPanel translations = new TranslationGroupPanel();
    private Moderation.Review review;

    ReviewView(Moderation moderation, MarkdownRenderer markdown, ProfileHtml profileHtml) {
        this.moderation = moderation;
        this.markdown = markdown;
        this.profileHtml = profileHtml;
        setMaxWidth("75rem");
        comment.setWidthFull();
        comment.setHelperText("Required when you request changes or reject: say what to change, or why.");
        rendered.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0 var(--lumo-space-m)").set("width", "100%");
        changes.setWidthFull();
        decisions.add(decision("Approve", WorkflowAction.APPROVE, ButtonVariant.LUMO_SUCCESS),
                decision("Request changes", WorkflowAction.REQUEST_CHANGES, ButtonVariant.LUMO_CONTRAST),
                decision("Reject", WorkflowAction.REJECT, ButtonVariant.LUMO_ERROR));
        takeDownReason.setWidth("32rem");
        takeDownReason.setHelperText("The organisation reads this reason; the post leaves the public site at once.");
        takeDown.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        takeDownForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(title, about, new H3("What changes"), changes, new H3("As the public will see it"), rendered,
                decisionHeading, comment, decisions, takeDownForm, outcome, new H3("History"), history);
        addComponentAtIndex(2, translations);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            Kind kind = Kind.fromPath(event.getRouteParameters().get("kind").orElse(""));
            Long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(moderation.review(kind, id));
        } catch (IllegalArgumentException | InvalidInputException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class, "There is no such item to review.");
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
        decisionHeading.setText(published ? "Take it off the public site" : "Decision");
        comment.setVisible(!published);
        decisions.setVisible(!published);
        takeDownForm.setVisible(published);
        switch (review.kind()) {
            case POST -> showPost(review.post().getContent(), null);
            case POST_REVISION -> showPost(review.postRevision().getContent(), review.post().getContent());
            case PROFILE_REVISION -> showProfile(review.profileRevision().proposedVersion(), review.profileRevision().liveVersion());
        }
        translations.show(review, moderation.translationGroup(review.kind(), review.id()));
        about.setText(review.kind().label() + " from " + review.organisation().getName() + ", " + (published ? "published" : "submitted")
                + " by " + review.submitter() + ".");
        history.removeAll();
        for (ModerationEvent event : review.history()) {
            history.add(new Paragraph(WorkspaceTime.format(event.getOccurredAt()) + " – " + event.getActorName() + ": " + event.getAction().label()
                    + (event.getComment() == null ? "" : " – “" + event.getComment() + "”")));
        }
    }

    private void showPost(PostContent proposed, PostContent live) {
        title.setText(proposed.getTitle());
        rendered.getElement().setProperty("innerHTML", "<h2>" + Entities.escape(proposed.getTitle()) + "</h2>"
                + (proposed.getSummary() == null ? "" : "<p><em>" + Entities.escape(proposed.getSummary()) + "</em></p>")
                + markdown.toSafeHtml(proposed.getBody()));
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put("Type", new String[] {live == null ? null : live.getType().label(), proposed.getType().label()});
        fields.put("Title", new String[] {live == null ? null : live.getTitle(), proposed.getTitle()});
        fields.put("Summary", new String[] {live == null ? null : live.getSummary(), proposed.getSummary()});
        fields.put("Text", new String[] {live == null ? null : live.getBody(), proposed.getBody()});
        fields.put("Language", new String[] {live == null ? null : live.getLanguage(), proposed.getLanguage()});
        fields.put("Tags", new String[] {live == null ? null : String.join(", ", live.getTags()), String.join(", ", proposed.getTags())});
        fields.put("Event", new String[] {live == null ? null : event(live), event(proposed)});
        showChanges(fields, live != null);
    }

    private void showProfile(OrganisationProfile proposed, OrganisationProfile live) {
        title.setText("Profile change of " + live.getName());
        rendered.getElement().setProperty("innerHTML", profileHtml.render(proposed, review.organisation().getCountryCode(), null, getLocale()));
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put("Name", new String[] {live.getName(), proposed.getName()});
        fields.put("City", new String[] {live.getCity(), proposed.getCity()});
        fields.put("Short description", new String[] {live.getShortDescription(), proposed.getShortDescription()});
        fields.put("About us", new String[] {live.getLongDescription(), proposed.getLongDescription()});
        fields.put("Website", new String[] {live.getWebsite(), proposed.getWebsite()});
        fields.put("Public e-mail", new String[] {live.getPublicEmail(), proposed.getPublicEmail()});
        fields.put("Phone", new String[] {live.getPhone(), proposed.getPhone()});
        fields.put("Helpline", new String[] {live.getHelpline(), proposed.getHelpline()});
        fields.put("Services", new String[] {services(live), services(proposed)});
        fields.put("Who we work with", new String[] {String.join(", ", live.getTargetGroups()), String.join(", ", proposed.getTargetGroups())});
        fields.put("Languages", new String[] {String.join(", ", live.getLanguages()), String.join(", ", proposed.getLanguages())});
        fields.put("Logo", new String[] {live.getLogo() == null ? "none" : "current logo",
                Objects.equals(live.getLogo(), proposed.getLogo()) ? (live.getLogo() == null ? "none" : "current logo") : "new logo"});
        showChanges(fields, true);
    }

    /** A table of the fields that differ, changed words marked; unchanged fields are listed by name only. */
    private void showChanges(Map<String, String[]> fields, boolean comparedWithLive) {
        if (!comparedWithLive) {
            changes.getElement().setProperty("innerHTML", "<p>A new post: there is no live version to compare with.</p>");
            return;
        }
        StringBuilder html = new StringBuilder("<table class=\"review-diff\"><thead><tr><th>Field</th><th>Change</th></tr></thead><tbody>");
        List<String> unchanged = new ArrayList<>();
        fields.forEach((field, values) -> {
            String before = values[0] == null ? "" : values[0];
            String after = values[1] == null ? "" : values[1];
            if (before.equals(after)) {
                unchanged.add(field);
            } else {
                html.append("<tr><th>").append(Entities.escape(field)).append("</th><td>").append(WordDiff.html(before, after))
                        .append("</td></tr>");
            }
        });
        html.append("</tbody></table>");
        if (!unchanged.isEmpty()) {
            html.append("<p>Unchanged: ").append(Entities.escape(String.join(", ", unchanged))).append(".</p>");
        }
        changes.getElement().setProperty("innerHTML", html.toString());
    }

    private Button decision(String text, WorkflowAction action, ButtonVariant variant) {
        Button button = new Button(text, click -> decide(action));
        button.addThemeVariants(variant, ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private void decide(WorkflowAction action) {
        comment.setInvalid(false);
        try {
            moderation.decide(review.kind(), review.id(), review.version(), action, comment.getValue());
            Notices.success("Done: " + action.label() + ". The author has been told.");
            getUI().ifPresent(ui -> ui.navigate("workspace/moderation"));
        } catch (InvalidInputException e) {
            FieldErrors.mark(comment, e.getMessage());
        } catch (Moderation.AlreadyDecidedException e) {
            showRefusal(e);
        }
    }

    private void showRefusal(Moderation.AlreadyDecidedException refusal) {
        outcome.setText(refusal.explain(WorkspaceTime::format));
        outcome.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    private void takeDown() {
        takeDownReason.setInvalid(false);
        try {
            moderation.takeDown(review.id(), review.version(), takeDownReason.getValue());
            Notices.success("The post is no longer public; its organisation has been told why.");
            getUI().ifPresent(ui -> ui.navigate("workspace/moderation"));
        } catch (InvalidInputException e) {
            FieldErrors.mark(takeDownReason, e.getMessage());
        } catch (Moderation.AlreadyDecidedException e) {
            showRefusal(e);
        }
    }

    private static String event(PostContent content) {
        if (content.getEventStart() == null) {
            return "";
        }
        return content.getEventStart() + (content.getEventEnd() == null ? "" : " – " + content.getEventEnd())
                + (content.getEventLocation() == null ? "" : ", " + content.getEventLocation());
    }

    private static String services(OrganisationProfile profile) {
        return profile.getServices().stream().map(ServiceArea::label).collect(Collectors.joining(", "));
    }
}
