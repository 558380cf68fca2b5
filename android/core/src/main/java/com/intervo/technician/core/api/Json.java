package com.intervo.technician.core.api;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/** The one Gson of the app: ISO instants and dates as the server writes them. */
public final class Json {

    public static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(Instant.class, new IsoAdapter<>(Instant::parse))
            .registerTypeAdapter(LocalDate.class, new IsoAdapter<>(LocalDate::parse))
            .create();

    private Json() {}

    private interface Parser<T> {
        T parse(String text);
    }

    private static final class IsoAdapter<T> extends TypeAdapter<T> {
        private final Parser<T> parser;

        IsoAdapter(Parser<T> parser) {
            this.parser = parser;
        }

        @Override
        public void write(JsonWriter out, T value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(value.toString());
            }
        }

        @Override
        public T read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            return parser.parse(in.nextString());
        }
    }
}
