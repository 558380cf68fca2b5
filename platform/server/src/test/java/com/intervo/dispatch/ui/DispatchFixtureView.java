package com.intervo.dispatch.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Test fixture: a view of the Dispatch module, to prove the license gate on views and menus. */
@Route("fixture/dispatch")
@Menu(title = "dispatch.menu.group", order = 200)
@PermitAll
public class DispatchFixtureView extends Div {

    public DispatchFixtureView() {
        setId("dispatch-fixture-view");
    }
}
