package com.intervo.kernel.customization;

/** A custom field as shown on cards, exports and documents: its label and its formatted value, in one locale. */
public record DisplayValue(String key, String label, String value) {}
