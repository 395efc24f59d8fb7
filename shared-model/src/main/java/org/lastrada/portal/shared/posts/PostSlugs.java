package org.lastrada.portal.shared.posts;

import org.lastrada.portal.shared.validation.Slugs;
import org.springframework.stereotype.Component;

/** Gives a new post its address: from its title, with "-2", "-3"... when another post has it already. */
@Component
public class PostSlugs {

    public static final int LENGTH = 100;

    private final PostRepository posts;

    PostSlugs(PostRepository posts) {
        this.posts = posts;
    }

    /** A free address made of the title. */
    public String fromTitle(String title) {
        return from(Slugs.fromTitle(title, LENGTH));
    }

    /** The base if it is free, else the base with the first free number. */
    public String from(String base) {
        String slug = base;
        for (int n = 2; posts.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
