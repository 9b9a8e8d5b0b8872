package nl.schaduwklant;

/**
 * Persistence on the embedded default database (H2).
 */
@SchaduwklantTest
class H2PersistenceTests extends PersistenceTests {

}
