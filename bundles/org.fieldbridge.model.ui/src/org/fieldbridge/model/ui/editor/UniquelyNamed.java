/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.ui.editor;

import java.util.Collection;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A command that places elements (paste, drop, new child) followed by the renames that keep their names
 * unique among their new siblings ({@link UniqueNames}): one entry on the command stack, so one Undo takes
 * back both. The renames are worked out when the placing command has run, since only then are the elements
 * where they end up.
 */
final class UniquelyNamed extends CompoundCommand {

    private final EditingDomain domain;
    private final Command placing;
    private final Function<Command, Collection<?>> placed;

    /**
     * @param domain  the editing domain
     * @param placing the command that places elements
     * @param placed  which elements the command placed, asked after it ran
     */
    UniquelyNamed(EditingDomain domain, Command placing, Function<Command, Collection<?>> placed) {
        super(placing.getLabel(), placing.getDescription());
        this.domain = domain;
        this.placing = placing;
        this.placed = placed;
        append(placing);
    }

    @Override
    public void execute() {
        super.execute();
        CompoundCommand renames = UniqueNames.renames(domain, placed.apply(placing));
        if (!renames.isEmpty() && renames.canExecute()) {
            appendAndExecute(renames);
        }
    }

    @Override
    public Collection<?> getResult() {
        return placing.getResult();
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return placing.getAffectedObjects();
    }
}
