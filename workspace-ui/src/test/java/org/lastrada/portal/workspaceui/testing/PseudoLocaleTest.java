package org.lastrada.portal.workspaceui.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.lastrada.portal.workspaceui.WorkspaceTranslations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Base of the tests that open the workspace's screens with {@link PseudoTranslations} and fail on any text a person
 * would read that is neither translated nor content of the database (see {@link UntranslatedTexts} for the rule): a
 * hard-coded English word added to a view makes its module's test fail.
 */
public abstract class PseudoLocaleTest extends ViewTest {

    @TestBean(methodName = "org.lastrada.portal.workspaceui.testing.PseudoTranslations#create")
    WorkspaceTranslations translations;

    @Autowired
    private DataSource dataSource;

    private UntranslatedTexts untranslated;

    /** Reads what the database holds; again after a test writes content of its own. */
    @BeforeEach
    protected void readTheDatabasesTexts() {
        untranslated = new UntranslatedTexts(DatabaseTexts.read(dataSource));
    }

    /** Asserts that everything the current UI shows (and its page title) is translated or content. */
    protected void assertEverythingShownIsTranslated() {
        List<String> problems = untranslated.in(UI.getCurrent());
        assertThat(problems).as("texts on screen that do not come from the message bundles").isEmpty();
    }
}
