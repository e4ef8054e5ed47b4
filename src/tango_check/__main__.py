from tango_check.cli import main

main()
