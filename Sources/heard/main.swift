import Foundation
import HeardCLI

exit(HeardCommandLine.main(Array(CommandLine.arguments.dropFirst())))
