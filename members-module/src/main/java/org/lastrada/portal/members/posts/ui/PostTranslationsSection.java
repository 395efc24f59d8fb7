package org.lastrada.portal.members.posts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.lastrada.portal.members.posts.PostAuthoring;
import org.lastrada.portal.shared.i18n.NetworkLanguage;
import org.lastrada.portal.shared.posts.Post;
import org.lastrada.portal.shared.posts.PostStatus;
import org.lastrada.portal.shared.posts.TranslationGroupMember;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.lastrada.portal.workspaceui.IsoCodes;
import org.lastrada.portal.workspaceui.FieldErrors;
import org.lastrada.portal.workspaceui.Notices;

/**
 * The editor's part about translations: the post's translation group (each post's language, state and title, linked),
 * and "Add translation": a network language the group lacks opens a new draft in it, holding the original's texts to
 * translate. Kept apart from the editor's form.
 */
class PostTranslationsSection extends VerticalLayout {

    private static final Set<PostStatus> GONE = Set.of(PostStatus.REJECTED, PostStatus.ARCHIVED);

    final H3 heading = new H3();
    final Paragraph summary = new Paragraph();
    final UnorderedList members = new UnorderedList();
    final Paragraph shared = new Paragraph();
    final Select<String> language = new Select<>();
    final Button add = new Button();
    final HorizontalLayout adding = new HorizontalLayout(language, add);
    private final PostAuthoring posts;
    private Post post;

    PostTranslationsSection(PostAuthoring posts) {
        this.posts = posts;
        setPadding(false);
        setSpacing(false);
        language.setItemLabelGenerator(IsoCodes.languageLabel(""));
        add.addClickListener(click -> addTranslation());
        adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(heading, shared, summary, members, adding);
    }

    /** Shows the group of a saved post (nothing for a new one); the actor may add translations to their own posts. */
    void show(Post shown, boolean ownContent) {
        post = shown;
        setVisible(post != null);
        if (post == null) {
            return;
        }
        heading.setText(getTranslation("workspace.translations.heading"));
        shared.setText(getTranslation("workspace.translations.shared-fields"));
        shared.setVisible(post.isTranslation());
        List<TranslationGroupMember> group = posts.translationGroup(post.getId());
        summary.setText(getTranslation(group.size() > 1 ? "workspace.translations.group" : "workspace.translations.single"));
        members.removeAll();
        if (group.size() > 1) {
            group.forEach(member -> members.add(item(member)));
        }
        Set<String> taken = group.stream().filter(member -> !GONE.contains(member.status()) || member.original())
                .map(TranslationGroupMember::language).collect(Collectors.toSet());
        List<String> available = Arrays.stream(NetworkLanguage.values()).map(NetworkLanguage::code)
                .filter(code -> !taken.contains(code)).toList();
        boolean originalGone = group.stream().anyMatch(member -> member.original() && GONE.contains(member.status()));
        language.setLabel(getTranslation("workspace.translations.add.language"));
        language.setHelperText(getTranslation("workspace.translations.add.helper"));
        language.setItems(available);
        language.setInvalid(false);
        add.setText(getTranslation("workspace.translations.add"));
        adding.setVisible(ownContent && !originalGone && !available.isEmpty());
    }

    private ListItem item(TranslationGroupMember member) {
        String status = getTranslation("workspace.translations.status", member.status().name());
        String text = member.title() == null
                ? getTranslation("workspace.translations.member.untitled", IsoCodes.languageName(member.language()), member.language(), status)
                : getTranslation("workspace.translations.member", IsoCodes.languageName(member.language()), member.language(), status, member.title());
        ListItem item = new ListItem();
        boolean editing = member.id().equals(post.getId());
        item.add(editing ? new Span(text) : new Anchor("workspace/posts/" + member.id(), text));
        if (member.original()) {
            item.add(new Span(" · " + getTranslation("workspace.translations.original")));
        }
        if (editing) {
            item.add(new Span(" · " + getTranslation("workspace.translations.editing")));
        }
        return item;
    }

    private void addTranslation() {
        try {
            Post translation = posts.startTranslation(post.getId(), language.getValue());
            Notices.success(getTranslation("workspace.translations.added", IsoCodes.languageName(language.getValue())));
            getUI().ifPresent(ui -> ui.navigate("workspace/posts/" + translation.getId()));
        } catch (InvalidInputException e) {
            FieldErrors.mark(language, e.getMessage());
        }
    }
}
