package com.intervo.kernel.home;

/**
 * One getting-started step of a new workspace.
 *
 * @param id       stable id of the step in the page ("setup-company")
 * @param titleKey i18n key of what to do
 * @param hintKey  i18n key of why it matters
 * @param done     already taken
 * @param route    where it is done
 * @param order    position in the list, lower first
 */
public record SetupStep(String id, String titleKey, String hintKey, boolean done, String route, int order) {}
