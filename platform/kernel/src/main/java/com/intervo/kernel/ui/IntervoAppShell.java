package com.intervo.kernel.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("context://styles/intervo.css")
@Meta(name = "theme-color", content = "#1a5fb4")
// live updates: alerts reach the badge of an open screen, the dispatch board shows technicians' actions
@Push
public class IntervoAppShell implements AppShellConfigurator {}
