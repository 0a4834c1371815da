/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.application;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The main menu, laid out as in the Eclipse IDE so that its users find everything where they expect it:
 * File, Edit, Navigate, the bundles' menus (the {@code additions} group: Fieldbridge), Window, Help.
 *
 * <p>The items are the platform's own ({@link ActionFactory}, {@link ContributionItemFactory}) and are
 * registered, which is what gives them the IDE's key bindings (Ctrl+S, Ctrl+Shift+S, Ctrl+W, Ctrl+Z, Ctrl+Y,
 * Ctrl+F, ...): the bindings belong to the commands of org.eclipse.ui and org.eclipse.ui.ide, and a registered
 * action is their handler. The menus keep the IDE's group names ({@code new.ext}, {@code open.ext},
 * {@code group.assist}, ...), where the IDE's action sets and other bundles add items: File > Open File... and
 * Help > Key Assist... come that way, Navigate > Open Resource... from plugin.xml.</p>
 */
class FieldbridgeActionBarAdvisor extends ActionBarAdvisor {

    private IWorkbenchAction close;
    private IWorkbenchAction closeAll;
    private IWorkbenchAction save;
    private IWorkbenchAction saveAll;
    private IWorkbenchAction importWizards;
    private IWorkbenchAction quit;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction cut;
    private IWorkbenchAction copy;
    private IWorkbenchAction paste;
    private IWorkbenchAction delete;
    private IWorkbenchAction selectAll;
    private IWorkbenchAction findReplace;
    private IWorkbenchAction back;
    private IWorkbenchAction forward;
    private IWorkbenchAction resetPerspective;
    private IWorkbenchAction preferences;
    private IWorkbenchAction about;

    FieldbridgeActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        close = make(ActionFactory.CLOSE, window);
        closeAll = make(ActionFactory.CLOSE_ALL, window);
        save = make(ActionFactory.SAVE, window);
        saveAll = make(ActionFactory.SAVE_ALL, window);
        importWizards = make(ActionFactory.IMPORT, window);
        quit = make(ActionFactory.QUIT, window);
        undo = make(ActionFactory.UNDO, window);
        redo = make(ActionFactory.REDO, window);
        cut = make(ActionFactory.CUT, window);
        copy = make(ActionFactory.COPY, window);
        paste = make(ActionFactory.PASTE, window);
        delete = make(ActionFactory.DELETE, window);
        selectAll = make(ActionFactory.SELECT_ALL, window);
        findReplace = make(ActionFactory.FIND, window);
        back = make(ActionFactory.BACKWARD_HISTORY, window);
        forward = make(ActionFactory.FORWARD_HISTORY, window);
        resetPerspective = make(ActionFactory.RESET_PERSPECTIVE, window);
        preferences = make(ActionFactory.PREFERENCES, window);
        about = new AboutFieldbridgeAction(window);
        register(about);
    }

    private IWorkbenchAction make(ActionFactory factory, IWorkbenchWindow window) {
        IWorkbenchAction action = factory.create(window);
        register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
        menuBar.add(fileMenu(window));
        menuBar.add(editMenu());
        menuBar.add(navigateMenu());
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu(window));
        menuBar.add(helpMenu());
    }

    private MenuManager fileMenu(IWorkbenchWindow window) {
        MenuManager menu = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
        newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
        menu.add(newMenu);
        menu.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT)); // Open File... (IDE action set)
        menu.add(new Separator());
        menu.add(close);
        menu.add(closeAll);
        menu.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
        menu.add(new Separator());
        menu.add(save);
        menu.add(saveAll);
        menu.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
        menu.add(new Separator());
        menu.add(importWizards); // File > Import... as in the IDE: Fieldbridge > Fieldbridge tags
        menu.add(new GroupMarker(IWorkbenchActionConstants.IMPORT_EXT));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new Separator(IWorkbenchActionConstants.MRU));
        // Recently closed files in a submenu of their own: as a dynamic item in the File menu itself, the
        // workbench's renderer dropped what follows it (Exit).
        MenuManager recent = new MenuManager("Recent &Files", "recentFiles");
        recent.add(ContributionItemFactory.REOPEN_EDITORS.create(window));
        menu.add(recent);
        menu.add(new Separator());
        menu.add(quit);
        menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
        return menu;
    }

    private MenuManager editMenu() {
        MenuManager menu = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        menu.add(undo);
        menu.add(redo);
        menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
        menu.add(new Separator());
        menu.add(cut);
        menu.add(copy);
        menu.add(paste);
        menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
        menu.add(new Separator());
        menu.add(delete);
        menu.add(selectAll);
        menu.add(new Separator());
        menu.add(findReplace);
        menu.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
        return menu;
    }

    private MenuManager navigateMenu() {
        MenuManager menu = new MenuManager("&Navigate", IWorkbenchActionConstants.M_NAVIGATE);
        menu.add(new GroupMarker(IWorkbenchActionConstants.NAV_START));
        menu.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT)); // Open Resource..., editors' Go to
        menu.add(new GroupMarker(IWorkbenchActionConstants.SHOW_EXT));
        menu.add(new Separator());
        menu.add(back);
        menu.add(forward);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new GroupMarker(IWorkbenchActionConstants.NAV_END));
        return menu;
    }

    private MenuManager windowMenu(IWorkbenchWindow window) {
        MenuManager menu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager perspectives = new MenuManager("&Open Perspective", "openPerspective");
        perspectives.add(ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window));
        menu.add(perspectives);
        MenuManager showView = new MenuManager("Show &View", "showView");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        menu.add(showView);
        menu.add(new Separator());
        menu.add(resetPerspective);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(preferences);
        return menu;
    }

    private MenuManager helpMenu() {
        MenuManager menu = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        menu.add(new GroupMarker("group.assist")); // Key Assist... (IDE action set)
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new Separator("group.about"));
        menu.add(about);
        menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
        return menu;
    }
}
