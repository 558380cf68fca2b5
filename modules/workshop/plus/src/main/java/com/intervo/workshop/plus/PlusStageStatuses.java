package com.intervo.workshop.plus;

import com.intervo.workshop.StageStatuses;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The sheet statuses Plus's stages set (seeded by its changelog): Simple's status menu does not offer them. */
@Component
class PlusStageStatuses implements StageStatuses {

    @Override
    public Set<String> keys() {
        return Set.of(
                Plus.STATUS_EVALUATION,
                Plus.STATUS_QUOTE_SENT,
                Plus.STATUS_IN_REPAIR,
                Plus.STATUS_RETURN_UNREPAIRED,
                Plus.STATUS_NO_PARTS);
    }
}
