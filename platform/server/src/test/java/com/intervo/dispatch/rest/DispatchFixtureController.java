package com.intervo.dispatch.rest;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test fixture: an endpoint of the Dispatch module, to prove the license gate on /api/v1/dispatch/**. */
@RestController
class DispatchFixtureController {

    @GetMapping("/api/v1/dispatch/fixture-ping")
    Map<String, Object> ping() {
        return Map.of("module", "dispatch");
    }
}
