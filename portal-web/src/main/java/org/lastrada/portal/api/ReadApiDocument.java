package org.lastrada.portal.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the published OpenAPI document (/api/openapi) says the read API is. */
@Configuration(proxyBeanMethods = false)
class ReadApiDocument {

    @Bean
    OpenAPI readApi() {
        return new OpenAPI().info(new Info()
                .title("La Strada International read API")
                .version("1")
                .description("What the public site shows, as JSON: the member organisations and the network's published posts. "
                        + "Read-only, open to every origin, cacheable for a minute (revalidate with the ETag)."));
    }
}
