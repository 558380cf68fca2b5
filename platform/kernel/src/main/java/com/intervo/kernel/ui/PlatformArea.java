package com.intervo.kernel.ui;

/**
 * A platform part that groups its views in the side menu (product modules use their descriptor instead).
 *
 * @param basePackage package whose views belong to the group
 * @param menuGroup   i18n key of the group's label
 * @param order       position among groups
 */
public record PlatformArea(String basePackage, String menuGroup, int order) {}
