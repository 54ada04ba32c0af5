package org.sitrep.app.server;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document says of the API as a whole: its name, version, licence and how to authenticate. */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

    @Bean
    OpenAPI sitrepApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Sitrep API")
                        .version("v1")
                        .description("Weeks and their figures, the assessment, bulletins, ingest, events, cases and"
                                + " partner organisations of a CERT's Sitrep. Send `Authorization: Bearer sitrep_…`"
                                + " (an API token) or sign in at /login; each operation says which roles may call"
                                + " it. Errors are RFC 9457 problem details.")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description(
                                                "An API token from `sitrep tokens create` or POST /api/v1/tokens")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
