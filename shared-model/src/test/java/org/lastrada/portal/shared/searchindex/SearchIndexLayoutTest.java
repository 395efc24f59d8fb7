package org.lastrada.portal.shared.searchindex;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.search.engine.backend.metamodel.IndexDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldTypeDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.SharedModelTestApplication;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.posts.Post;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An index's name stands for the layout of its fields: an installation whose index directory (or Elasticsearch index)
 * has that name holds documents of that layout, and a new name is what makes the first start of a new version build
 * the index afresh (SearchIndex finds it empty). So the layout may only change together with the name. Changing an
 * analyser's definition (SearchAnalysis) changes the words in an index too; that one this test cannot see.
 */
@SpringBootTest(classes = SharedModelTestApplication.class, properties = "portal.demo.enabled=true")
class SearchIndexLayoutTest {

    /** Index name: fingerprint of its fields (path, value type, analyser, what they can do). */
    private static final Map<String, String> KNOWN_LAYOUTS = Map.of(
            "post-5", "6d0f90bcbb33",
            "member-organisation-5", "688513f3e23a");

    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void anIndexWhoseFieldsChangedHasANewName() {
        Map<String, String> fingerprints = new TreeMap<>();
        StringBuilder changed = new StringBuilder();
        for (Class<?> entity : List.of(Post.class, MemberOrganisation.class)) {
            IndexDescriptor index = Search.mapping(entityManagerFactory).indexedEntity(entity).indexManager().descriptor();
            String layout = layout(index);
            fingerprints.put(index.hibernateSearchName(), fingerprint(layout));
            if (!fingerprint(layout).equals(KNOWN_LAYOUTS.get(index.hibernateSearchName()))) {
                changed.append(String.format("%nThe fields of the index %s (@Indexed on %s) are now:%n%s",
                        index.hibernateSearchName(), entity.getSimpleName(), layout));
            }
        }
        assertThat(fingerprints).as("%s%nIf they changed, give the index a new name so that every installation rebuilds it"
                + " at its first start, and put the new name with its fingerprint in KNOWN_LAYOUTS.", changed)
                .isEqualTo(KNOWN_LAYOUTS);
    }

    private static String layout(IndexDescriptor index) {
        Map<String, String> fields = new TreeMap<>();
        for (IndexFieldDescriptor field : index.staticFields()) {
            if (field.isValueField()) {
                IndexValueFieldTypeDescriptor type = field.toValueField().type();
                fields.put(field.absolutePath(), type.valueClass().getSimpleName()
                        + " analyzer=" + type.analyzerName().orElse("-") + " normalizer=" + type.normalizerName().orElse("-")
                        + " searchable=" + type.searchable() + " projectable=" + type.projectable()
                        + " sortable=" + type.sortable() + " highlightable=" + type.traits().contains("projection:highlight"));
            }
        }
        StringBuilder layout = new StringBuilder();
        fields.forEach((path, description) -> layout.append(path).append(' ').append(description).append('\n'));
        return layout.toString();
    }

    private static String fingerprint(String layout) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(layout.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
