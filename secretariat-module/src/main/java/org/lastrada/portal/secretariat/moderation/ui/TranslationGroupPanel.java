package org.lastrada.portal.secretariat.moderation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import org.lastrada.portal.secretariat.moderation.Moderation;
import org.lastrada.portal.secretariat.moderation.ModerationQueue.Kind;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.posts.TranslationGroupMember;

/**
 * The review's part about translations: the translation group the reviewed post belongs to (each post's language, state
 * and title, the original and the one under review marked, those waiting for review linked), or the language a profile
 * change translates the profile into. Kept apart from the review's own layout.
 */
class TranslationGroupPanel extends VerticalLayout {

    final H3 heading = new H3();
    final Paragraph summary = new Paragraph();
    final UnorderedList members = new UnorderedList();

    TranslationGroupPanel() {
        setPadding(false);
        setSpacing(false);
        add(heading, summary, members);
    }

    void show(Moderation.Review review, List<TranslationGroupMember> group) {
        heading.setText(getTranslation("workspace.translations.heading"));
        members.removeAll();
        if (review.kind() == Kind.PROFILE_REVISION) {
            setVisible(review.profileRevision().isTranslation());
            summary.setText(getTranslation("workspace.translations.profile", languageName(review.profileRevision().getLanguage())));
            return;
        }
        setVisible(true);
        summary.setText(getTranslation(group.size() > 1 ? "workspace.translations.group" : "workspace.translations.single"));
        if (group.size() > 1) {
            Long reviewed = review.post().getId();
            group.forEach(member -> members.add(item(member, member.id().equals(reviewed))));
        }
    }

    private ListItem item(TranslationGroupMember member, boolean reviewed) {
        String status = getTranslation("workspace.translations.status", member.status().name());
        String text = member.title() == null
                ? getTranslation("workspace.translations.member.untitled", languageName(member.language()), member.language(), status)
                : getTranslation("workspace.translations.member", languageName(member.language()), member.language(), status, member.title());
        ListItem item = new ListItem();
        if (!reviewed && member.status() != PostStatus.DRAFT) {
            item.add(new Anchor("workspace/moderation/" + Kind.POST.path() + "/" + member.id(), text));
        } else {
            item.add(new Span(text));
        }
        if (member.original()) {
            item.add(new Span(" · " + getTranslation("workspace.translations.original")));
        }
        if (reviewed) {
            item.add(new Span(" · " + getTranslation("workspace.translations.this-one")));
        }
        return item;
    }

    /** The language's name as the person's interface language writes it. */
    private String languageName(String code) {
        Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        return new Locale(code).getDisplayLanguage(locale);
    }
}
