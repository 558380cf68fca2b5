package com.intervo.kernel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.format.support.DefaultFormattingConversionService;

class ApiWebConfigurationTest {

    private final DefaultFormattingConversionService conversion = new DefaultFormattingConversionService();

    ApiWebConfigurationTest() {
        new ApiWebConfiguration().addFormatters(conversion);
    }

    @Test
    void queryParametersInRangeConvert() {
        assertThat(conversion.convert("2026-12-07", LocalDate.class)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(conversion.convert("2026-12-07T10:00:00Z", Instant.class))
                .isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
    }

    @Test
    void extremeQueryParametersAreRefused() {
        assertRefused("-999999999-01-01", LocalDate.class, InputRules.DATE_OUT_OF_RANGE);
        assertRefused("+999999999-12-31T00:00:00Z", Instant.class, InputRules.DATE_OUT_OF_RANGE);
        assertRefused("1850-01-01", LocalDate.class, InputRules.DATE_OUT_OF_RANGE);
    }

    @Test
    void numbersInRequestParametersAreRangeChecked() {
        assertThat(QueryNumberRules.refusal(Integer.class, "30")).isNull();
        assertThat(QueryNumberRules.refusal(int.class, "-500")).isNull();
        assertThat(QueryNumberRules.refusal(BigDecimal.class, "44.4268")).isNull();
        assertThat(QueryNumberRules.refusal(Integer.class, "x"))
                .as("left to the type conversion")
                .isNull();
        assertThat(QueryNumberRules.refusal(Integer.class, "2147483647")).isEqualTo(InputRules.NUMBER_OUT_OF_RANGE);
        assertThat(QueryNumberRules.refusal(int.class, "-99999999999999999999"))
                .isEqualTo(InputRules.NUMBER_OUT_OF_RANGE);
        assertThat(QueryNumberRules.refusal(BigDecimal.class, "1e308")).isEqualTo(InputRules.NUMBER_OUT_OF_RANGE);
        assertThat(QueryNumberRules.refusal(Double.class, "NaN")).isEqualTo(InputRules.NUMBER_OUT_OF_RANGE);
        assertThat(QueryNumberRules.refusal(double.class, "-Infinity")).isEqualTo(InputRules.NUMBER_OUT_OF_RANGE);
    }

    private void assertRefused(String value, Class<?> type, String reason) {
        assertThatThrownBy(() -> conversion.convert(value, type))
                .isInstanceOf(ConversionFailedException.class)
                .cause()
                .isInstanceOfSatisfying(
                        RefusedValueException.class,
                        e -> assertThat(e.reasonKey()).isEqualTo(reason));
    }
}
