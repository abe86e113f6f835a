package de.nrw.coop.storage.testing;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Run in a separate JVM: opens an H2 file database, says "open" on stdout and holds it (and its
 * file lock) until stdin closes. Lets a test see the store busy as another process sees it.
 */
public final class HoldH2File {
    private HoldH2File() {}

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "", "")) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close stdin
            }
        }
    }
}
