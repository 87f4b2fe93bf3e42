package io.rasmi.testkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * How PostgreSQL gets to run when the tests run as root, which it refuses ({@code initdb: error: cannot be run as
 * root}, {@code pg_ctl: cannot be run as root}); developers' machines and CI run everything as root.
 * <ul>
 * <li>{@link Mode#USER_NAMESPACE}: zonky 2.x notices uid 0 by itself and, when {@code unshare -U id -u} works,
 * prefixes every {@code initdb}/{@code pg_ctl} call with {@code unshare -U}: the binaries run in a new user
 * namespace where they see themselves as uid 65534 and PostgreSQL's root check passes. Nothing to do on our side;
 * this is what happens on these machines.</li>
 * <li>{@link Mode#UNPRIVILEGED_USER}: where user namespaces are not allowed (a container under the default seccomp
 * profile, a hardened kernel) zonky would run the binaries as root and fail. Then the kit creates the system user
 * {@code rasmi-pg} ({@code useradd}, once per machine; {@code nobody} if that fails), hands it the data directory,
 * and gives zonky, through its {@link PgBinaryResolver} hook, the same PostgreSQL archive in which {@code bin/initdb}
 * and {@code bin/pg_ctl} are small shell scripts that re-execute the real binaries ({@code *.real}, next to them, so
 * they still find {@code postgres}, {@code share/} and {@code lib/}) under that user with {@code setpriv} (or
 * {@code runuser}). The postmaster is started by {@code pg_ctl} and so runs as that user too.</li>
 * </ul>
 * Both keep zonky in charge of extraction, {@code initdb}, start, readiness and stop; the kit only decides who the
 * binaries run as.
 */
final class RootlessPostgres {

    enum Mode {
        /** Not root: zonky runs PostgreSQL as the current user. */
        NOT_ROOT,
        /** Root, user namespaces available: zonky's own {@code unshare -U}. */
        USER_NAMESPACE,
        /** Root, no user namespaces: wrapper scripts switch to an unprivileged user. */
        UNPRIVILEGED_USER
    }

    record UnprivilegedUser(String name, int uid, int gid) {
    }

    static final String USER_NAME = "rasmi-pg";

    private static final List<String> WRAPPED = List.of("bin/initdb", "bin/pg_ctl");

    private static PgBinaryResolver resolver;

    private RootlessPostgres() {
    }

    static Mode mode() {
        if (new com.sun.security.auth.module.UnixSystem().getUid() != 0) {
            return Mode.NOT_ROOT;
        }
        return LinuxUtils.isUnshareAvailable() ? Mode.USER_NAMESPACE : Mode.UNPRIVILEGED_USER;
    }

    /** The user PostgreSQL runs as in {@link Mode#UNPRIVILEGED_USER}, created on first use. */
    static UnprivilegedUser unprivilegedUser() {
        String name = USER_NAME;
        if (run("id", "-u", name) == null) {
            run("useradd", "--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent",
                    "--shell", "/usr/sbin/nologin", name);
            if (run("id", "-u", name) == null) {
                name = "nobody";
            }
        }
        String uid = run("id", "-u", name);
        String gid = run("id", "-g", name);
        if (uid == null || gid == null) {
            throw new IllegalStateException("Running as root without user namespaces, and neither user " + USER_NAME
                    + " could be created (useradd) nor user nobody found: PostgreSQL cannot run as root.");
        }
        return new UnprivilegedUser(name, Integer.parseInt(uid), Integer.parseInt(gid));
    }

    /** Gives {@code directory} to {@code user}, so that {@code initdb} run as that user can take it. */
    static void handOver(Path directory, UnprivilegedUser user) {
        try {
            Files.setAttribute(directory, "unix:uid", user.uid());
            Files.setAttribute(directory, "unix:gid", user.gid());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot give " + directory + " to user " + user.name(), e);
        }
    }

    /** zonky's binaries, with {@code initdb} and {@code pg_ctl} switching to {@code user}; one instance per JVM. */
    static synchronized PgBinaryResolver binariesRunningAs(UnprivilegedUser user) {
        if (resolver == null) {
            resolver = (system, machineHardware) -> {
                try (InputStream original = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
                    if (original == null) {
                        return null;
                    }
                    return new ByteArrayInputStream(withWrappers(original, user));
                }
            };
        }
        return resolver;
    }

    /**
     * The archive again, with each wrapped binary renamed to {@code <name>.real} and a wrapper script in its place.
     * The new archive is stored uncompressed (xz's "uncompressed LZMA2 chunks") to spare the CPU; zonky extracts it
     * once into a directory named after its digest, which is stable since the entries keep their times.
     */
    static byte[] withWrappers(InputStream originalTxz, UnprivilegedUser user) throws IOException {
        LZMA2Options stored = new LZMA2Options();
        stored.setMode(LZMA2Options.MODE_UNCOMPRESSED);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 << 20);
        try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(originalTxz));
                TarArchiveOutputStream out = new TarArchiveOutputStream(new XZOutputStream(bytes, stored))) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                if (entry.isFile() && WRAPPED.contains(name)) {
                    TarArchiveEntry real = new TarArchiveEntry(name + ".real");
                    real.setSize(entry.getSize());
                    real.setMode(entry.getMode());
                    real.setModTime(entry.getModTime());
                    out.putArchiveEntry(real);
                    in.transferTo(out);
                    out.closeArchiveEntry();

                    byte[] script = wrapper(name.substring("bin/".length()), user).getBytes(StandardCharsets.UTF_8);
                    TarArchiveEntry wrapper = new TarArchiveEntry(name);
                    wrapper.setSize(script.length);
                    wrapper.setMode(0100755);
                    wrapper.setModTime(entry.getModTime());
                    out.putArchiveEntry(wrapper);
                    out.write(script);
                    out.closeArchiveEntry();
                } else {
                    out.putArchiveEntry(entry);
                    if (entry.isFile()) {
                        in.transferTo(out);
                    }
                    out.closeArchiveEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    private static String wrapper(String binary, UnprivilegedUser user) {
        return String.join("\n",
                "#!/bin/sh",
                "# rasmi-test-kit: PostgreSQL refuses to run as root; run the real " + binary + " as " + user.name() + ".",
                "real=\"$(dirname \"$0\")/" + binary + ".real\"",
                "if [ \"$(id -u)\" != 0 ]; then exec \"$real\" \"$@\"; fi",
                "if command -v setpriv >/dev/null 2>&1; then",
                "  exec setpriv --reuid=" + user.uid() + " --regid=" + user.gid() + " --clear-groups -- \"$real\" \"$@\"",
                "fi",
                "exec runuser -u " + user.name() + " -- \"$real\" \"$@\"",
                "");
    }

    /** Runs a short command; its first output line, or {@code null} when it fails or is missing. */
    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return null;
            }
            return output.lines().findFirst().orElse("");
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
