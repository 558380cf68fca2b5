package com.intervo.dispatch.push;

import com.intervo.dispatch.PushGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * In the integration tests the application pushes through the real Firebase gateway, over a transport that captures
 * the FCM requests instead of reaching Google.
 */
@Configuration(proxyBeanMethods = false)
class CapturedFcmConfiguration {

    @Bean(destroyMethod = "delete")
    CapturedFcm capturedFcm() {
        return new CapturedFcm();
    }

    @Bean
    @Primary
    PushGateway capturedPushGateway(CapturedFcm fcm) {
        return fcm.gateway(3);
    }
}
