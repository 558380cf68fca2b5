package com.intervo.kernel.map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param tileUrl     Leaflet tile URL template; offline the map shows markers on a blank background
 * @param attribution the tile provider's required attribution
 */
@ConfigurationProperties("intervo.map")
public record MapSettings(String tileUrl, String attribution) {

    public MapSettings {
        tileUrl = tileUrl == null || tileUrl.isBlank() ? "https://tile.openstreetmap.org/{z}/{x}/{y}.png" : tileUrl;
        attribution = attribution == null ? "© OpenStreetMap contributors" : attribution;
    }
}
