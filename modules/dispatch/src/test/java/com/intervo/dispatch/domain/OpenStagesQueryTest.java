package com.intervo.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.intervo.dispatch.TicketStage;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;

/** The sync's list of open tickets writes the open stages out in its query: they must be exactly the open ones. */
class OpenStagesQueryTest {

    @Test
    void theQueryNamesExactlyTheOpenStages() throws Exception {
        String jpql = Tickets.class
                .getMethod("idsOfOpenAssignedTo", UUID.class)
                .getAnnotation(Query.class)
                .value();
        Set<TicketStage> named = EnumSet.noneOf(TicketStage.class);
        Matcher m = Pattern.compile("TicketStage\\.([A-Z_]+)").matcher(jpql);
        while (m.find()) {
            named.add(TicketStage.valueOf(m.group(1)));
        }
        assertThat(named).isEqualTo(TicketStage.OPEN);
    }
}
