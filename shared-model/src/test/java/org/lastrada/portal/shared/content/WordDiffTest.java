package org.lastrada.portal.shared.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void marksOnlyTheChangedWords() {
        assertThat(WordDiff.html("We run a helpline in Sofia.", "We run a shelter in Sofia."))
                .isEqualTo("We run a <del>helpline </del><ins>shelter </ins>in Sofia.");
    }

    @Test
    void marksAddedAndRemovedText() {
        assertThat(WordDiff.html("", "New text")).isEqualTo("<ins>New text</ins>");
        assertThat(WordDiff.html("Old text", "")).isEqualTo("<del>Old text</del>");
        assertThat(WordDiff.html("same", "same")).isEqualTo("same");
    }

    @Test
    void escapesWhatAuthorsWrote() {
        assertThat(WordDiff.html("a", "<script>alert(1)</script>")).doesNotContain("<script>").contains("&lt;script&gt;");
    }
}
