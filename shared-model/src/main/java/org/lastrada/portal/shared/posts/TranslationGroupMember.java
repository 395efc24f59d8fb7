package org.lastrada.portal.shared.posts;

/**
 * One post of a translation group as the workspace shows it (the editor's and the moderator's list of a group): the
 * original or one of its translations, in any state.
 */
public record TranslationGroupMember(Long id, String slug, String language, String title, PostStatus status, boolean original) {

    static TranslationGroupMember of(Post post) {
        return new TranslationGroupMember(post.getId(), post.getSlug(), post.getContent().getLanguage(), post.getTitle(),
                post.getStatus(), !post.isTranslation());
    }
}
