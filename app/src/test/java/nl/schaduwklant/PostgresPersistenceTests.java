package nl.schaduwklant;

/**
 * Persistence on PostgreSQL.
 */
@SchaduwklantPostgresTest
class PostgresPersistenceTests extends PersistenceTests {

}
