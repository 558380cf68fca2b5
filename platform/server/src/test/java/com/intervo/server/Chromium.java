package com.intervo.server;

import com.codeborne.selenide.Configuration;
import com.codeborne.selenide.WebDriverRunner;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium and chromedriver for the journeys; nothing is ever downloaded. */
final class Chromium {

    private Chromium() {}

    static void start(int width, int height) {
        start(width, height, options -> {});
    }

    /** With more options (a measurement asks for Chrome's performance log). */
    static void start(int width, int height, java.util.function.Consumer<ChromeOptions> more) {
        String driver = existing("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        String binary = existing("/usr/bin/chromium", "/usr/lib/chromium/chromium");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        try {
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--lang=en-US",
                    "--user-data-dir=" + Files.createTempDirectory("intervo-chromium"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        more.accept(options);
        ChromeDriver webDriver = new ChromeDriver(service, options);
        webDriver.manage().window().setSize(new Dimension(width, height));
        WebDriverRunner.setWebDriver(webDriver);
        Configuration.timeout = 20_000;
        Configuration.screenshots = true;
    }

    static void stop() {
        WebDriverRunner.closeWebDriver();
    }

    private static String existing(String... candidates) {
        return Stream.of(candidates)
                .filter(p -> new File(p).canExecute())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Install Debian's chromium and chromium-driver"));
    }
}
