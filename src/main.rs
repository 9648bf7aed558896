fn main() {
    manufacturing_usa_explorer::start();
}
