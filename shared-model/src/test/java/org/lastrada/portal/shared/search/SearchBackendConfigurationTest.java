package org.lastrada.portal.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.SharedModelTestApplication;
import org.lastrada.portal.shared.searchindex.SearchIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Switching search to Elasticsearch/OpenSearch is configuration only: with PORTAL_SEARCH_BACKEND=elasticsearch
 * the same mapping and analysis start on the Elasticsearch backend. There is no cluster here, so the version
 * check and schema creation (which need one at start in production) are switched off for this test.
 */
@SpringBootTest(classes = SharedModelTestApplication.class, properties = {
        "PORTAL_SEARCH_BACKEND=elasticsearch",
        "PORTAL_SEARCH_HOSTS=127.0.0.1:1",
        "spring.jpa.properties.hibernate.search.backend.version=8.15",
        "spring.jpa.properties.hibernate.search.backend.version_check.enabled=false",
        "spring.jpa.properties.hibernate.search.schema_management.strategy=none",
        "portal.demo.enabled=false"})
class SearchBackendConfigurationTest {

    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired SearchIndex searchIndex;

    @Test
    void theElasticsearchBackendIsChosenByConfiguration() {
        assertThat(Search.mapping(entityManagerFactory).backend().unwrap(ElasticsearchBackend.class)).isNotNull();
        assertThat(searchIndex.isRebuilding()).isFalse();
    }
}
