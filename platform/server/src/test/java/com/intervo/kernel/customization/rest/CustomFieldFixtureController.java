package com.intervo.kernel.customization.rest;

import com.intervo.kernel.customization.CustomFieldService;
import com.intervo.kernel.customization.CustomizableEntity;
import com.intervo.kernel.customization.StatusDraft;
import com.intervo.kernel.customization.WorkflowStatus;
import com.intervo.kernel.customization.WorkflowStatuses;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Test fixture: a record endpoint that validates its custom fields the way the CRM and module APIs will. */
@RestController
class CustomFieldFixtureController {

    private final CustomFieldService customFields;
    private final WorkflowStatuses statuses;

    CustomFieldFixtureController(CustomFieldService customFields, WorkflowStatuses statuses) {
        this.customFields = customFields;
        this.statuses = statuses;
    }

    @PostMapping("/api/v1/customization-fixture/statuses/{workflow}")
    WorkflowStatus createStatus(@PathVariable String workflow, @RequestBody StatusDraft draft) {
        return statuses.create(workflow, draft);
    }

    @PostMapping("/api/v1/customization-fixture/{entity}")
    Map<String, Object> save(
            @PathVariable CustomizableEntity entity,
            @RequestParam(required = false) UUID equipmentTypeId,
            @RequestBody Map<String, Object> customFieldValues) {
        return Map.of("customFields", customFields.validate(entity, equipmentTypeId, customFieldValues));
    }
}
