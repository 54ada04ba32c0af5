package org.sitrep.app.ingest;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code 100 Continue} only once the server reads the body: an upload whose declared size is above the limit is
 * then answered 413 before its client sends it (curl waits for 100 Continue on large bodies), instead of the
 * connection being cut while the body is on its way.
 */
@Configuration(proxyBeanMethods = false)
class UploadConnector {

    @Bean
    TomcatConnectorCustomizer continueWhenRead() {
        return connector -> connector.setProperty("continueResponseTiming", "onRead");
    }
}
