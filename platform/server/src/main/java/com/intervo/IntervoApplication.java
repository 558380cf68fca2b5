package com.intervo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

// people sign in against their workspace's users and operators: no generated in-memory user, no printed password
@SpringBootApplication(
        excludeName = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration")
public class IntervoApplication {

    public static void main(String[] args) {
        SpringApplication.run(IntervoApplication.class, args);
    }
}
