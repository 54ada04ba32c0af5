package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.security.Role;
import org.sitrep.app.security.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep users}: the store's users, while no server runs (with one, its API does this). */
@Command(
        name = "users",
        mixinStandardHelpOptions = true,
        description = "Add, list, disable and enable users, and set their passwords.",
        subcommands = {
            UsersCommand.Add.class,
            UsersCommand.ListUsers.class,
            UsersCommand.Disable.class,
            UsersCommand.Enable.class,
            UsersCommand.Passwd.class
        })
final class UsersCommand {

    @ParentCommand
    SitrepCommand parent;

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user with a role.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The user name (a-z 0-9 . _ @ -).")
        String name;

        @Option(
                names = "--role",
                required = true,
                paramLabel = "ROLE",
                description = "admin, analyst, coordinator, editor, viewer or partner.")
        String role;

        @Option(
                names = "--organisation",
                paramLabel = "ID",
                description = "A partner user's organisation (sitrep organisations add).")
        String organisation;

        @Option(names = "--password-stdin", description = "Read the password as one line from standard input.")
        boolean passwordStdin;

        @Override
        public Integer call() throws Exception {
            Role wanted = Role.of(role);
            try (AccountStore store = AccountStore.open(users.parent.data(), true)) {
                if (organisation != null && !store.organisations.exists(organisation)) {
                    throw new IllegalArgumentException(
                            "there is no organisation '" + organisation + "'; add it with `sitrep organisations add`");
                }
                if (store.users.find(name).isPresent()) {
                    throw new IllegalArgumentException("there is already a user '" + name + "'");
                }
                String password = Passwords.read(passwordStdin, name);
                store.users.add(name, password, wanted, organisation);
                store.record(
                        "user.add",
                        name,
                        "role " + wanted.id() + (organisation == null ? "" : ", organisation " + organisation));
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println("sitrep: added " + name + " (" + wanted.id() + ")");
            err.flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users.")
    static final class ListUsers implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        /** A user as {@code --json} lists it. */
        record Listed(
                String username, String role, @Nullable String organisation, boolean disabled, String createdAt) {}

        @Override
        public Integer call() throws Exception {
            List<Users.User> all;
            try (AccountStore store = AccountStore.open(users.parent.data(), false)) {
                all = store.users.list();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json.on()) {
                JsonOption.print(
                        out,
                        all.stream()
                                .map(user -> new Listed(
                                        user.username(),
                                        user.role().id(),
                                        user.organisationId(),
                                        user.disabled(),
                                        user.createdAt().toString()))
                                .toList());
            } else {
                out.printf("%-24s %-12s %-20s %-9s %s%n", "NAME", "ROLE", "ORGANISATION", "STATE", "CREATED");
                all.forEach(user -> out.printf(
                        "%-24s %-12s %-20s %-9s %s%n",
                        user.username(),
                        user.role().id(),
                        user.organisationId() == null ? "-" : user.organisationId(),
                        user.disabled() ? "disabled" : "enabled",
                        user.createdAt()));
            }
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "disable",
            mixinStandardHelpOptions = true,
            description = "Disable a user: its sessions and tokens stop working.")
    static final class Disable implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws Exception {
            return users.setDisabled(name, true, spec);
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled user again.")
    static final class Enable implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws Exception {
            return users.setDisabled(name, false, spec);
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Set a user's password.")
    static final class Passwd implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--password-stdin", description = "Read the password as one line from standard input.")
        boolean passwordStdin;

        @Override
        public Integer call() throws Exception {
            try (AccountStore store = AccountStore.open(users.parent.data(), false)) {
                if (store.users.find(name).isEmpty()) {
                    throw new IllegalArgumentException("there is no user '" + name + "'");
                }
                store.users.setPassword(name, Passwords.read(passwordStdin, name));
                store.record("user.passwd", name, null);
            }
            spec.commandLine().getErr().println("sitrep: set the password of " + name);
            spec.commandLine().getErr().flush();
            return 0;
        }
    }

    private int setDisabled(String name, boolean disabled, CommandSpec spec) throws Exception {
        try (AccountStore store = AccountStore.open(parent.data(), false)) {
            if (!store.users.setDisabled(name, disabled)) {
                throw new IllegalArgumentException("there is no user '" + name + "'");
            }
            store.record(disabled ? "user.disable" : "user.enable", name, null);
        }
        spec.commandLine().getErr().println("sitrep: " + (disabled ? "disabled " : "enabled ") + name);
        spec.commandLine().getErr().flush();
        return 0;
    }
}
