package org.kepu.portal.upload;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets Tomcat read a request body from the socket in 64 KiB steps instead of its default 8 KiB: a
 * 1 GiB tus PATCH then takes an eighth of the read calls, which is most of the portal's CPU per
 * uploaded byte (docs/PERFORMANCE.md, uploads). Costs 56 KiB more per open connection.
 */
@Configuration(proxyBeanMethods = false)
class UploadReadBuffer {

    static final int READ_BUFFER_BYTES = 64 * 1024;

    @Bean
    TomcatConnectorCustomizer largerSocketReadBuffer() {
        return connector -> connector.setProperty("socket.appReadBufSize", Integer.toString(READ_BUFFER_BYTES));
    }
}
