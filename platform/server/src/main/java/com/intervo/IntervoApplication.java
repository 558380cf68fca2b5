package com.intervo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class IntervoApplication {

    public static void main(String[] args) {
        SpringApplication.run(IntervoApplication.class, args);
    }
}
