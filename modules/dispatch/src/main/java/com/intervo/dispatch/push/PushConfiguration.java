package com.intervo.dispatch.push;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.intervo.dispatch.PushGateway;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Firebase when {@code intervo.dispatch.push.firebase-credentials} names a service-account file, else the log. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PushConfiguration.PushSettings.class)
class PushConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PushConfiguration.class);
    static final String APP_NAME = "intervo-dispatch";

    /**
     * Push settings.
     *
     * @param firebaseCredentials a Firebase service-account JSON file (env INTERVO_FIREBASE_CREDENTIALS); empty: no
     *                            push, messages are logged and kept in the app
     * @param projectId           the Firebase project (default: the one named in the credentials file)
     * @param attempts            tries per message on transient failures (default 3)
     * @param retryPause          the first pause between tries, doubled each time (default 1 s)
     */
    @ConfigurationProperties("intervo.dispatch.push")
    record PushSettings(Path firebaseCredentials, String projectId, Integer attempts, Duration retryPause) {

        PushSettings {
            attempts = attempts == null ? 3 : attempts;
            retryPause = retryPause == null ? Duration.ofSeconds(1) : retryPause;
        }
    }

    @Bean
    PushGateway pushGateway(PushSettings settings) {
        Path file = settings.firebaseCredentials();
        if (file == null || file.toString().isBlank()) {
            log.info(
                    "Push notifications: no Firebase credentials (INTERVO_FIREBASE_CREDENTIALS), logged and in-app only");
            return new LoggingPushGateway();
        }
        try (InputStream in = Files.newInputStream(file)) {
            GoogleCredentials credentials =
                    GoogleCredentials.fromStream(in).createScoped("https://www.googleapis.com/auth/firebase.messaging");
            String project =
                    settings.projectId() != null && !settings.projectId().isBlank()
                            ? settings.projectId()
                            : credentials instanceof ServiceAccountCredentials sa ? sa.getProjectId() : null;
            FirebaseOptions options = FirebaseOptions.builder()
                    .setCredentials(credentials)
                    .setProjectId(project)
                    .build();
            FirebaseApp app = FirebaseApp.getApps().stream()
                    .filter(a -> a.getName().equals(APP_NAME))
                    .findFirst()
                    .orElseGet(() -> FirebaseApp.initializeApp(options, APP_NAME));
            log.info("Push notifications: Firebase Cloud Messaging, project {}", project);
            return new FirebasePushGateway(app, settings.attempts(), settings.retryPause());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Firebase credentials " + file, e);
        }
    }
}
