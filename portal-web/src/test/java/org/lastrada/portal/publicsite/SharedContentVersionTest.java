package org.lastrada.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a request learns of the version when the database does not answer: nothing, rather than an old number. */
class SharedContentVersionTest {

    @Test
    void aReadThatFailsGivesNoVersionSoTheAnswerClaimsNone() {
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        when(jdbc.queryForList(anyString(), eq(Long.class))).thenReturn(List.of(7L))
                .thenThrow(new DataAccessResourceFailureException("Communications link failure"));
        try (SharedContentVersion version = new SharedContentVersion(jdbc, Duration.ofSeconds(2))) {
            assertThat(version.current()).isEqualTo(7);

            assertThat(version.fresh()).as("the database gone").isEmpty();
            assertThat(version.current()).as("the number known is kept for work outside requests").isEqualTo(7);
        }
    }

    @Test
    void aReadAnsweredByTheDatabaseGivesItsNumber() {
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        when(jdbc.queryForList(anyString(), eq(Long.class))).thenReturn(List.of(7L), List.of(9L));
        try (SharedContentVersion version = new SharedContentVersion(jdbc, Duration.ofSeconds(2))) {
            assertThat(version.fresh()).hasValue(9);
            assertThat(version.current()).isEqualTo(9);
        }
    }
}
